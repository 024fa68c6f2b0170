package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One deputy's vote on an agenda item (поіменне голосування). */
@Entity
@Table(name = "documents_vote")
public class VoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agenda_item_id", nullable = false)
    private long agendaItemId;

    @Column(nullable = false, length = 200)
    private String deputy;

    @Column(nullable = false, length = 20)
    private String choice;

    public Long getId() {
        return id;
    }

    public long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }
}
