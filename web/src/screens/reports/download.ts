import { useState } from 'react';
import { bearerToken } from '../../auth';

/**
 * Downloads a file of the server's plain-HTTP routes (/reports/sla.pdf, /invoices/<month>.csv) with
 * the bearer token: a link cannot carry the header, so it is fetched and saved as a blob under the
 * name the server gives (Content-Disposition). Throws with the server's message on a refusal.
 */
export async function downloadWithToken(path: string, token: string, fallbackName: string): Promise<string> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const text = await res.text();
    let message = `HTTP ${res.status}`;
    try {
      const body = JSON.parse(text) as { errors?: { message?: string }[]; message?: string };
      message = body.errors?.[0]?.message ?? body.message ?? message;
    } catch {
      // Not JSON: keep the status.
    }
    throw new Error(message);
  }
  const name = fileNameOf(res.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return name;
}

/** The file name of a Content-Disposition header (RFC 6266: filename* first, then filename). Pure. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  return plain ? (plain[1] ?? plain[2]!.trim()) : null;
}

/**
 * A file list's download with the signed-in token: `download(path, name)` saves the file, and
 * `failure` says why the last one failed, in the words `failed` gives (null while none failed).
 */
export function useTokenDownload(failed: (name: string, message: string) => string) {
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (path: string, name: string) => {
    setFailure(null);
    try {
      await downloadWithToken(path, bearerToken() ?? '', name);
    } catch (err) {
      setFailure(failed(name, err instanceof Error ? err.message : String(err)));
    }
  };
  return { failure, download };
}
