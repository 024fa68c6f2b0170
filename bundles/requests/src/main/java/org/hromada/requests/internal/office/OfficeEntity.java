package org.hromada.requests.internal.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The request office: the single row ({@link #ID}) of {@code requests_office}. */
@Entity
@Table(name = "requests_office")
public class OfficeEntity {
    /** The one row's id. */
    static final int ID = 1;

    @Id
    private Integer id;
    @Version
    private long version;
    @Column(name = "unit_name", length = 300)
    private String unitName;
    @Column(name = "unit_name_en", length = 300)
    private String unitNameEn;
    @Column(name = "postal_address", length = 500)
    private String postalAddress;
    @Column(name = "postal_address_en", length = 500)
    private String postalAddressEn;
    @Column(length = 254)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(length = 500)
    private String hours;
    @Column(name = "hours_en", length = 500)
    private String hoursEn;
    @Column(name = "official_name", length = 300)
    private String officialName;
    @Column(name = "official_position", length = 300)
    private String officialPosition;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected OfficeEntity() {
    }

    OfficeEntity(Office office, String actor, Instant now) {
        this.id = ID;
        set(office, actor, now);
    }

    final void set(Office o, String actor, Instant now) {
        unitName = o.unitName();
        unitNameEn = o.unitNameEn();
        postalAddress = o.postalAddress();
        postalAddressEn = o.postalAddressEn();
        email = o.email();
        phone = o.phone();
        hours = o.hours();
        hoursEn = o.hoursEn();
        officialName = o.officialName();
        officialPosition = o.officialPosition();
        updatedAt = now;
        updatedBy = actor;
    }

    Office office() {
        return new Office(unitName, unitNameEn, postalAddress, postalAddressEn, email, phone, hours, hoursEn,
                officialName, officialPosition);
    }

    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
}
