import { visibleParts } from './customer-text';

/** Customer text (a name, an email) isolated from its neighbours, with every invisible character shown. */
export function CustomerText({ text }: { text: string }) {
  return (
    <bdi className="customer-text">
      {visibleParts(text.normalize('NFC')).map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : part.kind === 'hidden' ? (
          <span key={i} className="customer-text__hidden" title={part.label}>
            ⟨{part.label}⟩
          </span>
        ) : (
          <span key={i} className="customer-text__hidden" title={`+${part.count} × U+0300–U+036F…`}>
            ⟨+{part.count}⟩
          </span>
        ),
      )}
    </bdi>
  );
}
