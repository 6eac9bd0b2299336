import { Entity, Enum, Index, ManyToOne, OneToMany, Collection, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { AgreementServiceKind, ContactRole, Side } from './collaboration.enums';

/** An agency's agreement with the centre (överenskommelse): its services and validity. */
@Entity({ tableName: 'agreement' })
@Index({ properties: ['agency', 'validFrom'] })
export class Agreement {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Agency)
  agency!: Agency;

  /** The registration number (diarienummer). */
  @Property({ length: 40, unique: true })
  reference!: string;

  @Property({ type: 'date' })
  validFrom!: string;

  /** Inclusive; null: until further notice. */
  @Property({ type: 'date', nullable: true })
  validTo?: string;

  @OneToMany(() => AgreementService, (s) => s.agreement, { orderBy: { id: 'asc' } })
  services = new Collection<AgreementService>(this);

  @Property({ length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A service in an agreement. Its SLA appendix is the centre's policies for the service's area with
 * the agency's own adaptations (`sla_policy.agency_id`), plus what `slaAppendix` says in words.
 */
@Entity({ tableName: 'agreement_service' })
export class AgreementService {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Agreement)
  @Index()
  agreement!: Agreement;

  @Enum({ items: () => AgreementServiceKind, nativeEnumName: 'agreement_service_kind' })
  kind!: AgreementServiceKind;

  @ManyToOne(() => Service)
  service!: Service;

  /** The add-on's name on the invoice; a base service's is the catalogue's. */
  @Property({ length: 200 })
  name!: string;

  /** The appendix's customer-specific adaptations, in words. */
  @Property({ type: 'text', nullable: true })
  slaAppendix?: string;

  /** An add-on's monthly price in SEK (priced case by case). */
  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  monthlyPrice?: string;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string;
}

/**
 * Who holds a role of the collaboration model for an agency, with a named deputy. Delivery
 * managers and operational contacts hold theirs per service area. These rows decide what account
 * and delivery managers see and which breach alerts reach them.
 */
@Entity({ tableName: 'agency_contact' })
@Index({
  name: 'agency_contact_single_idx',
  expression: `create unique index "agency_contact_single_idx" on "agency_contact" ("agency_id", "side", "role", coalesce("service_area_id", 0)) where "role" not in ('OPERATIONAL_CONTACT', 'AUTHORISED_ORDERER')`,
})
@Index({ properties: ['person'] })
@Index({ properties: ['deputy'] })
export class AgencyContact {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Agency)
  @Index()
  agency!: Agency;

  @Enum({ items: () => Side, nativeEnumName: 'side' })
  side!: Side;

  @Enum({ items: () => ContactRole, nativeEnumName: 'contact_role' })
  role!: ContactRole;

  @ManyToOne(() => ServiceArea, { nullable: true })
  serviceArea?: ServiceArea;

  @ManyToOne(() => User)
  person!: User;

  @ManyToOne(() => User, { nullable: true })
  deputy?: User;
}
