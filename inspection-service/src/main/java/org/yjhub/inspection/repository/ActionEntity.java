package org.yjhub.inspection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An improvement-plan action as created (text, owners, due, section, references). Append-only: its status and progress are the latest
 * row of its {@link ActionHistoryEntity history}.
 */
@Entity
@Table(name = "improvement_action")
public class ActionEntity extends PlanItemEntity {

    public UUID recommendationId;
    public String reference;
    public String text;

    /** The owners joined with "; " (the single owner of the first API). */
    public String owner;

    /** The owners as written; null on actions recorded before owners existed (then {@link #owner} is the one). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> owners;

    /** The part of the plan the action is in, as written ("From HMIP Inspection"); null when not given. */
    public String section;

    /** The target as written; null when only its date was given (then {@link #dueDate} is set). */
    public String due;
    public LocalDate dueDate;

    /** The references of other actions of the same plan this one refers to, as written. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> refersTo;

    /** The owners as written (the one owner of an action recorded before owners existed). */
    public List<String> ownersAsWritten() {
        return owners != null ? owners : List.of(owner);
    }
}
