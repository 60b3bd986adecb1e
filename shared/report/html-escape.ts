/**
 * Text made safe for HTML content and double-quoted attributes: every user string of the
 * report goes through here, so a process named `<script>` is printed as those characters.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
