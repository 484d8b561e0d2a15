import { ApiError } from './api';
import { session } from './session';

export interface Received {
  readonly sha256: string;
  readonly alreadyReceived: boolean;
}

/** Hands a file's bytes to the platform (POST /documents, the bearer token in the header); its refusal comes back as an ApiError. */
export const uploadDocument = async (file: File, province: string | null): Promise<Received> => {
  const query = new URLSearchParams({ name: file.name });
  if (province) query.set('province', province);
  const response = await fetch(`/documents?${query}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', authorization: `Bearer ${session.value?.token ?? ''}` },
    body: file,
  });
  const answer = (await response.json().catch(() => ({}))) as {
    sha256?: string;
    alreadyReceived?: boolean;
    message?: string;
    code?: string;
  };
  if (!response.ok || !answer.sha256) {
    throw new ApiError(answer.message ?? `HTTP ${response.status}`, answer.code ?? null, 'file');
  }
  return { sha256: answer.sha256, alreadyReceived: answer.alreadyReceived === true };
};

const fetchDocument = async (documentUrl: string): Promise<Response> => {
  const response = await fetch(documentUrl, { headers: { authorization: `Bearer ${session.value?.token ?? ''}` } });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { message?: string; code?: string };
    throw new ApiError(answer.message ?? `HTTP ${response.status}`, answer.code ?? null, null);
  }
  return response;
};

/** A stored text document's lines as the reader counts them (UTF-8 without its byte-order mark, NFC, "\n" line ends). */
export const documentText = async (documentUrl: string): Promise<string> =>
  (await (await fetchDocument(documentUrl)).text()).normalize('NFC').replace(/\r\n?/g, '\n');

/** The name the platform gives the file (Content-Disposition: attachment; filename*=UTF-8''…). */
const fileNameOf = (headers: Headers): string | null => {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(headers.get('content-disposition') ?? '')?.[1];
  try {
    return encoded ? decodeURIComponent(encoded) : null;
  } catch {
    return null;
  }
};

/**
 * Saves a stored document as the platform holds it. A plain link cannot carry the bearer token, so the
 * bytes are fetched here and handed to the browser as a blob (no cookie is ever read by the platform).
 */
export const downloadDocument = async (documentUrl: string, fallbackName: string): Promise<void> => {
  const response = await fetchDocument(documentUrl);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileNameOf(response.headers) ?? fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; the URL is only kept for that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
