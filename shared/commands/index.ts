/** The command catalogue and undo history: every change to a WorkspaceDocument goes through here. */
export * from './types';
export * from './catalogue';
export * from './history';
export * from './factories';
export { emptyDiagram } from './diagram-commands';
export { editableText } from './element-commands';
