import { useEffect, useMemo, useRef } from 'react';
import { currentContext } from '../actions/registry';
import { MenuList } from '../ui/MenuList';
import { openBundleDialog } from './bundle-dialog-store';
import '../ui/menus.css';

/** Where the diagram list's context menu is open, and for which diagram. */
export interface DiagramItemMenuAt {
  diagramId: string;
  name: string;
  x: number;
  y: number;
}

/**
 * The context menu of a diagram in the diagram list: exports that diagram as a bundle (the
 * export dialog opens with it ticked, others can be added there).
 */
export function DiagramItemMenu(props: { at: DiagramItemMenuAt; onClose: () => void }) {
  const { at, onClose } = props;
  const box = useRef<HTMLDivElement>(null);
  const context = useMemo(() => currentContext(), []);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [onClose]);
  return (
    <div ref={box} className="context-menu" style={{ left: at.x, top: at.y }}>
      <MenuList
        label={`Diagram ${at.name} actions`}
        groups={[[{ id: 'bundle.export', label: 'Export as bundle…' }]]}
        context={context}
        focus="first"
        onRun={() => {
          onClose();
          openBundleDialog({ kind: 'export', diagramIds: [at.diagramId] });
        }}
        onClose={onClose}
      />
    </div>
  );
}
