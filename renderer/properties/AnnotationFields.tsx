import type { FieldPatch } from '../../shared/commands/field-patch';
import type { NodeFields } from '../../shared/commands/types';
import type { ElementProperty, WebLink } from '../../shared/model/element-fields';
import { FieldInput } from './FieldInput';
import { KeyValueField } from './KeyValueField';
import { LinksField } from './LinksField';
import { optionalText } from './node-fields';
import { parseTags } from './style-presets';

interface Annotated {
  description?: string;
  owner?: string;
  tags?: string[];
  properties?: ElementProperty[];
  links?: WebLink[];
}

/** Description, owner, tags, custom properties and links: one commit per field. */
export function AnnotationFields({
  values,
  disabled,
  onCommit,
  links = true,
}: {
  values: Annotated;
  disabled: boolean;
  onCommit: (fields: FieldPatch<NodeFields>) => void;
  links?: boolean;
}) {
  return (
    <>
      <FieldInput
        label="Description"
        value={values.description ?? ''}
        multiline
        disabled={disabled}
        onCommit={(text) => onCommit({ description: optionalText(text) })}
      />
      <FieldInput
        label="Owner"
        value={values.owner ?? ''}
        disabled={disabled}
        onCommit={(text) => onCommit({ owner: optionalText(text) })}
      />
      <FieldInput
        label="Tags"
        value={(values.tags ?? []).join(', ')}
        placeholder="comma, separated"
        disabled={disabled}
        onCommit={(text) => {
          const tags = parseTags(text);
          onCommit({ tags: tags.length > 0 ? tags : null });
        }}
      />
      <KeyValueField
        properties={values.properties ?? []}
        disabled={disabled}
        onCommit={(properties) =>
          onCommit({ properties: properties.length > 0 ? properties : null })
        }
      />
      {links && (
        <LinksField
          links={values.links ?? []}
          disabled={disabled}
          onCommit={(next) => onCommit({ links: next.length > 0 ? next : null })}
        />
      )}
    </>
  );
}
