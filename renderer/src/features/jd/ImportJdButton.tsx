import { Button, type ButtonProps } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useImportJdStore } from './import-jd-store';

/** Opens "Import an old JD". */
export function ImportJdButton(props: Pick<ButtonProps, 'variant' | 'size'>) {
  return (
    <Button
      {...props}
      leftSection={<IconFileImport size={16} aria-hidden />}
      onClick={() => useImportJdStore.getState().open()}
    >
      Import an old JD
    </Button>
  );
}
