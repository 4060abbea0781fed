package org.yjhub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;

/** One indicator's figure in a revision (of a return, of targets): the revision it belongs to and the indicator. */
@MappedSuperclass
public abstract class IndicatorValueEntity extends PanacheEntityBase {

    public Long revisionId;
    public String indicator;
}
