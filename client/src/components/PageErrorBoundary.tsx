import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/LanguageProvider';

interface Props {
  children: ReactNode;
  message: string;
  retryLabel: string;
  /** A new value (the path) clears a failure. Not a `key`: that would remount healthy pages too. */
  resetKey: string;
}

/**
 * A bug in one page should leave the shopper a way out, not a blank screen.
 * Navigating elsewhere clears the failure.
 */
class Boundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No error reporting service here; keep the details for whoever opens the console.
    console.error('Page crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="state state--error" role="alert">
        <p>{this.props.message}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}

export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Boundary resetKey={pathname} message={t('common.crashed')} retryLabel={t('common.reload')}>
      {children}
    </Boundary>
  );
}
