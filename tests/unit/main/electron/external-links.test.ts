import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../main/electron/external-links';

describe('isAllowedExternalUrl', () => {
  it('lets https links to the known sites through', () => {
    expect(
      isAllowedExternalUrl('https://www.tmforum.org/oda/business/process-framework-etom/'),
    ).toBe(true);
    expect(isAllowedExternalUrl('https://tmforum.org/')).toBe(true);
  });

  it('drops every other scheme, host or disguise', () => {
    for (const url of [
      'http://www.tmforum.org/',
      'file:///etc/passwd',
      'smb://server/share',
      'ms-msdt:/id',
      'javascript:alert(1)',
      'https://evil.example/',
      'https://www.tmforum.org.evil.example/',
      'https://evil.example/?https://www.tmforum.org/',
      'https://user:pw@www.tmforum.org/',
      'https://www.tmforum.org:8443/',
      '//www.tmforum.org/',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
