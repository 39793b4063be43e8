import { useEffect, useRef } from 'react';
import { useAdminI18n } from './useAdminI18n';

/**
 * Cursor pagination's button. It keeps its place (and focus) while a page loads; once
 * the last page is in, a line saying so takes its place and, if the button was just
 * used, the focus too, so a keyboard user is not dropped at the top of the document.
 */
export function LoadMore({ hasMore, busy, onClick }: { hasMore: boolean; busy: boolean; onClick: () => void }) {
  const { at } = useAdminI18n();
  const used = useRef(false);
  const end = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (hasMore || !used.current) return;
    used.current = false;
    end.current?.focus();
  }, [hasMore]);

  if (!hasMore) {
    return (
      <p ref={end} tabIndex={-1} className="field__hint load-more__end">
        {at('desk.allShown')}
      </p>
    );
  }
  return (
    <div className="actions">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={busy || undefined}
        onClick={() => {
          used.current = true;
          onClick();
        }}
      >
        {busy ? at('desk.loadingMore') : at('desk.loadMore')}
      </button>
    </div>
  );
}
