namespace PerfEvalDocGen.Model;

/// <summary>The JSON kinds a data field can take.</summary>
internal enum FieldKind
{
    Object,
    Array,
    Number,
    Integer,
    String,
}
