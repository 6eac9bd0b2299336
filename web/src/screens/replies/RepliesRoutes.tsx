import { Route, Routes, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n';
import { QueryState } from '../admin/admin-common';
import { RepliesList } from './RepliesList';
import { ReplyEditor } from './ReplyEditor';
import { RepliesReply } from './queries';
import './replies.css';

function NotFound() {
  const { t } = useI18n();
  return <p role="alert">{t('replies.notFound')}</p>;
}

/** /replies/:id: the reply as the API gives it to this viewer (none: it does not exist or is not theirs to use). */
function EditReplyPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: RepliesReply, variables: { id }, requestPolicy: 'network-only' });
  if (!data) return <QueryState fetching={fetching} error={error} hasData={false} />;
  if (!data.savedReply) return <NotFound />;
  return <ReplyEditor key={data.savedReply.id} reply={data.savedReply} />;
}

/**
 * Saved replies and macros under /replies: the list (?q= searches title and body), a new reply
 * (/replies/new) and one reply to change or delete (/replies/:id).
 */
export default function RepliesRoutes() {
  return (
    <Routes>
      <Route index element={<RepliesList />} />
      <Route path="new" element={<ReplyEditor reply={null} />} />
      <Route path=":id" element={<EditReplyPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
