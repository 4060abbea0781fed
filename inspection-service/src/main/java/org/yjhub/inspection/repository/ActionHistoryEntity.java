package org.yjhub.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One state of an action: revision 1 when it was created, one more per progress update. Append-only (a trigger
 * refuses UPDATE and DELETE); {@code submittedStatus} keeps an alias such as YELLOW that was stored as AMBER.
 */
@Entity
@Table(name = "action_history")
public class ActionHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID actionId;
    public int revision;
    public Instant at;

    @Column(name = "by_subject")
    public String by;
    public String status;
    public String submittedStatus;
    public String progress;
}
