package org.yjhub.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The reference app's one entity. */
@Entity
public class Note extends PanacheEntity {

    public String text;
}
