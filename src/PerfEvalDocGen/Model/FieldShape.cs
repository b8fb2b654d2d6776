using System.Reflection;

namespace PerfEvalDocGen.Model;

/// <summary>One field of the data model as the JSON sees it: name, kind, element type, and its <see cref="FieldAttribute"/>.</summary>
internal sealed record FieldShape(string JsonName, PropertyInfo Property, FieldAttribute Field, FieldKind Kind, Type? ItemType, FieldKind ItemKind);
