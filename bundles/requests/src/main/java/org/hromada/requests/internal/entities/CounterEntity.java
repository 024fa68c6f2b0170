package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last registration number given in a year; read under a write lock. */
@Entity
@Table(name = "requests_counter")
public class CounterEntity {
    @Id
    private Integer year;
    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CounterEntity() {
    }

    public CounterEntity(int year) {
        this.year = year;
    }

    /** The next number of the year. */
    public int next() {
        return ++lastValue;
    }
}
