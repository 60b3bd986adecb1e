import { useEffect, useState } from 'react';
import { host } from '../platform/host';

/** True once the host says it has the operating system's dialogs (Electron); else false. */
export function useNativeSaveDialog(): boolean {
  const [native, setNative] = useState(false);
  useEffect(() => {
    let live = true;
    void host()
      .call('app.info', {})
      .then((result) => {
        if (live && result.ok) setNative(result.value.nativeDialogs);
      });
    return () => {
      live = false;
    };
  }, []);
  return native;
}
