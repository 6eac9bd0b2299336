import { Role } from '../directory/directory.enums';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { Article } from './article.entity';
import { Deflection } from './deflection.entity';
import { deflectionsPerService } from './deflection.sql';
import { mayReadFigures } from './article-links.service';
import { canReadArticle } from './knowledge-access';
import { ArticleStatus } from './knowledge.enums';
import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';

export interface DeflectionInput {
  articleId: string;
  serviceAreaId: string;
  serviceId?: string | null;
}

/**
 * A customer who was about to register a case says an offered article answered it: one deflection
 * for the article, in the area (and service) they were registering in. Customers only; the article
 * must be one they may read (PUBLIC) and PUBLISHED now.
 */
export function recordDeflection(ctx: Context, input: DeflectionInput) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    if (viewer.role !== Role.CUSTOMER) throw forbidden('deflections are recorded by customers, in the customer web');
    const article = await tx.em.findOne(Article, { id: expectId(input.articleId, 'Article', 'articleId') });
    if (!article || !canReadArticle(viewer, article)) throw knowledgeError(KnowledgeErrorCode.ARTICLE_NOT_FOUND, { field: ['articleId'] });
    if (article.status !== ArticleStatus.PUBLISHED) throw knowledgeError(KnowledgeErrorCode.DEFLECTION_ARTICLE_NOT_PUBLISHED);
    const area = await tx.em.findOne(ServiceArea, { id: expectId(input.serviceAreaId, 'ServiceArea', 'serviceAreaId') });
    if (!area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['serviceAreaId'] });
    let service: Service | undefined;
    if (input.serviceId) {
      service = (await tx.em.findOne(Service, { id: expectId(input.serviceId, 'Service', 'serviceId') })) ?? undefined;
      if (!service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: ['serviceId'] });
      if (service.area.id !== area.id) throw knowledgeError(KnowledgeErrorCode.DEFLECTION_SERVICE_NOT_IN_AREA);
    }
    tx.em.create(Deflection, {
      article,
      serviceArea: area,
      service,
      agency: viewer.agencyId === null ? undefined : tx.em.getReference(Agency, viewer.agencyId),
      user: tx.em.getReference(User, viewer.userId),
      at: tx.clock.now(),
    });
    return article;
  });
}

export const MAX_PERIOD_DAYS = 366;

/** Staff (as knowledgeStats): deflections in [from, to) per service area and service. */
export async function knowledgeDeflections(ctx: Context, from: Date, to: Date) {
  if (!mayReadFigures(requireViewer(ctx))) throw forbidden('knowledge figures are for staff');
  if (!(from.getTime() < to.getTime()) || to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000)
    throw knowledgeError(KnowledgeErrorCode.DEFLECTION_PERIOD_INVALID, { max: MAX_PERIOD_DAYS });
  const rows = await deflectionsPerService(ctx.em, from, to);
  return rows.map((r) => ({ serviceAreaId: r.service_area_id, serviceId: r.service_id, deflections: r.n }));
}
