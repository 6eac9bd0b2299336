/** A file stored on a case by the upload route. */
export interface Uploaded {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** The route refused the file: its HTTP status (413 too large, 400 empty or the case full) and message. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends one file to a case: POST /files/tickets/<id>/attachments?filename=… with the bytes as the
 * body and the in-memory bearer token (the route is plain HTTP, not GraphQL). Throws with the
 * server's message (empty, too large, the case full) on a refusal.
 */
export async function uploadAttachment(ticketId: string, file: File, token: string): Promise<Uploaded> {
  const path = `/files/tickets/${encodeURIComponent(ticketId)}/attachments?filename=${encodeURIComponent(file.name)}`;
  const res = await fetch(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const text = await res.text();
  let body: { errors?: { message?: string }[] } & Partial<Uploaded> = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  if (!res.ok) throw new UploadRefused(res.status, body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body as Uploaded;
}
