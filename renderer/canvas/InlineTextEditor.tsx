import { useEffect, useRef, useState } from 'react';
import type { NodeId } from '../../shared/model/ids';
import { finishEditing } from './node-actions';

interface Props {
  nodeId: NodeId;
  initial: string;
  /** The accessible name of the field, e.g. "Box label". */
  label: string;
  multiline: boolean;
}

/** Edits a node's text in place: Enter (Ctrl+Enter for notes) commits, Escape cancels. */
export function InlineTextEditor({ nodeId, initial, label, multiline }: Props) {
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    finishEditing(nodeId, value, initial);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      // Save includes what is being typed: commit it, then let the shortcut through.
      finish(text);
      return;
    }
    // Other keys typed here belong to the text, not to the canvas shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') finish(null);
    else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish(text);
    }
  };

  const common = {
    ref,
    'aria-label': label,
    className: 'inline-editor nodrag nopan nowheel',
    value: text,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setText(event.target.value),
    onKeyDown,
    onBlur: () => finish(text),
  };
  return multiline ? <textarea {...common} /> : <input type="text" {...common} />;
}
