/**
 * @module
 * A show/hide button whose content is only rendered while open (long version lists stay light).
 */
import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../../components/ui.tsx';

export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          tone="ghost"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          className="!px-2"
        >
          <span aria-hidden>{open ? '▾' : '▸'}</span> {label}
        </Button>
      </div>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
