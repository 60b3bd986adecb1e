import { appMethods } from './methods/app-methods';
import { bundleMethods } from './methods/bundle-methods';
import { catalogueMethods } from './methods/catalogue-methods';
import { compareMethods } from './methods/compare-methods';
import { exportMethods } from './methods/export-methods';
import { folderMethods } from './methods/folder-methods';
import { frameworkMethods } from './methods/framework-methods';
import { importMethods } from './methods/import-methods';
import { mergeMethods } from './methods/merge-methods';
import { reportMethods } from './methods/report-methods';
import { sampleMethods } from './methods/sample-methods';
import { settingsMethods } from './methods/settings-methods';
import { workspaceMethods } from './methods/workspace-methods';
import type { AnyMethodSpec, ArgsOf, ResultOf } from './define';
import type { HostResult } from './errors';

type SpecList = ReadonlyArray<AnyMethodSpec>;
type ByName<L extends SpecList> = { [S in L[number] as S['name']]: S };

function byName<L extends SpecList>(specs: L): ByName<L> {
  return Object.fromEntries(specs.map((spec) => [spec.name, spec])) as ByName<L>;
}

/**
 * The host contract: every method either host offers, declared once and keyed by its wire name
 * (`workspace.open`). The Electron transport, the browser host and the renderer's client are
 * all derived from this object; no channel name is spelled anywhere else.
 */
export const HOST_METHODS = byName([
  ...Object.values(appMethods),
  ...Object.values(settingsMethods),
  ...Object.values(workspaceMethods),
  ...Object.values(frameworkMethods),
  ...Object.values(exportMethods),
  ...Object.values(catalogueMethods),
  ...Object.values(folderMethods),
  ...Object.values(reportMethods),
  ...Object.values(sampleMethods),
  ...Object.values(importMethods),
  ...Object.values(bundleMethods),
  ...Object.values(compareMethods),
  ...Object.values(mergeMethods),
] as const);

export type HostMethods = typeof HOST_METHODS;
export type HostMethodName = Extract<keyof HostMethods, string>;

/** True when `name` is a method of the contract (an own key, never a prototype property). */
export function isHostMethod(name: string): name is HostMethodName {
  return Object.prototype.hasOwnProperty.call(HOST_METHODS, name);
}

/** The typed API the renderer calls. Both hosts' transports implement it. */
export interface HostApi {
  call<N extends HostMethodName>(
    name: N,
    args: ArgsOf<HostMethods[N]>,
  ): Promise<HostResult<ResultOf<HostMethods[N]>>>;
}
