import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';

function snake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

function tableName(table: Table | string): string {
  const name = typeof table === 'string' ? table : table.name;
  return name.includes('.') ? name.split('.').pop()! : name;
}

/**
 * snake_case, singular tables and readable constraint names (`processor_pkey`,
 * `processor_owner_id_fkey`, `app_user_email_uq`), so that no migration ever has to rename
 * hashed identifiers (style.md §3.7, immich's lesson).
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className.replace(/Entity$/, ''));
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  override joinTableName(firstTableName: string, secondTableName: string, firstPropertyName: string): string {
    return snake(`${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`);
  }
  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
  override primaryKeyName(table: Table | string): string {
    return `${tableName(table)}_pkey`;
  }
  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_fkey`;
  }
  override uniqueConstraintName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_uq`;
  }
  override indexName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_idx`;
  }
  override relationConstraintName(table: Table | string, columnNames: string[]): string {
    return `${tableName(table)}_${columnNames.join('_')}_rel`;
  }
  override checkConstraintName(table: Table | string, expression: string, isEnum?: boolean): string {
    const column = /"?(\w+)"?/.exec(expression)?.[1] ?? 'value';
    return `${tableName(table)}_${column}_${isEnum ? 'enum' : 'check'}`;
  }
  override defaultConstraintName(table: Table | string, columnName: string): string {
    return `${tableName(table)}_${columnName}_default`;
  }
  override exclusionConstraintName(table: Table | string, expression: string): string {
    return `${tableName(table)}_${/"?(\w+)"?/.exec(expression)?.[1] ?? 'value'}_excl`;
  }
}
