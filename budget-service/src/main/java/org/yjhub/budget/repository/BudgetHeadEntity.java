package org.yjhub.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A budget aggregate ({@code team/year}): its newest revision and the version of the last event published for it.
 * The version runs ahead of the revision when the aggregate was republished because the previous year changed.
 * Revision 0: the head exists (it was locked) but nothing is stored yet.
 */
@Entity
@Table(name = "budget_head")
@IdClass(BudgetHeadEntity.Key.class)
public class BudgetHeadEntity extends PanacheEntityBase {

    @Id
    public String team;

    @Id
    public String year;
    public long revision;
    public long version;

    /** The primary key. */
    public static class Key implements Serializable {

        public String team;
        public String year;

        public Key() {
        }

        public Key(String team, String year) {
            this.team = team;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(team, k.team) && Objects.equals(year, k.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(team, year);
        }
    }
}
