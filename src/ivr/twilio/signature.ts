import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Twilio's request signature (X-Twilio-Signature): base64 of HMAC-SHA1, keyed with the account's
 * auth token, over the full URL Twilio requested followed by every POST parameter, sorted by
 * name, as name + value with no separators. Pure.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string | string[]>): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((key) => {
        const value = params[key];
        return Array.isArray(value) ? [...value].sort().map((v) => key + v).join('') : key + value;
      })
      .join('');
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

export function isValidTwilioSignature(authToken: string, signature: string | undefined, url: string, params: Record<string, string | string[]>): boolean {
  if (!signature) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
