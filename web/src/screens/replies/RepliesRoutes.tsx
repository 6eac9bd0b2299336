/** Placeholder: the saved replies and macros screen (/replies). */
export default function RepliesRoutes() {
  return null;
}
