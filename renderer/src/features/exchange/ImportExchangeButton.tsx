import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef } from 'react';
import { exchangeExtensions } from '../../../../shared/pack-exchange';
import { useExchangeImportStore } from './exchange-store';

const ACCEPT = Object.values(exchangeExtensions).join(',');

/** "Import file…": a pack, a returned scorecard or a role bundle, previewed before anything is written. */
export function ImportExchangeButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} aria-hidden />}
        onClick={() => input.current?.click()}
      >
        Import file…
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="exchange-file-input"
        aria-label="Pack, scorecard or role file to import"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void useExchangeImportStore.getState().openFile(file);
        }}
      />
    </>
  );
}
