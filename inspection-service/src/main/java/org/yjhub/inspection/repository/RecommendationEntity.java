package org.yjhub.inspection.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;


/** A recommendation of an inspection, addressed to a body and/or owned by a role. Append-only. */
@Entity
@Table(name = "recommendation")
public class RecommendationEntity extends PlanItemEntity {

    /** The body the recommendation is addressed to, as written; null when the report names only an owner. */
    public String addressee;

    /** The role the report makes responsible, as written (Merton's "YJS Manager"); null when not named. */
    public String owner;
    public String text;
}
