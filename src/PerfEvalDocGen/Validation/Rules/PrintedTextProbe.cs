using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.DataFormat;
using PerfEvalDocGen.Diagnostics;
using PerfEvalDocGen.Generation;
using PerfEvalDocGen.Model;
using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Validation.Rules;

/// <summary>
/// Finds which filled text fields a template set prints by rendering the package once through the public
/// <see cref="ReportGenerator"/> with a unique marker planted in every filled text field, then looking for each
/// marker in the document. No list of what a set prints is kept by hand, so the answer follows the templates.
/// </summary>
internal static partial class PrintedTextProbe
{
    private const int CacheLimit = 512;
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The JSON paths of the text fields filled in <paramref name="source"/> (the data file as written, so defaults the
    /// model supplies are not counted), and those of them <paramref name="set"/> prints; null when the set fails on the data.
    /// Rendered: whether the whole package was rendered from data with these blanks and numbers (now or for an earlier
    /// check with the same signature), so generate will render it too. The filled texts of <paramref name="source"/> are
    /// replaced by markers while the model is bound and put back before this returns: the tree must not be read by
    /// another thread meanwhile.
    /// </summary>
    public static (IReadOnlyList<string> Filled, IReadOnlySet<string> Printed, IReadOnlySet<string> Required, bool Rendered)? Probe(JObject source, TemplateSet set)
    {
        var values = new List<JValue>();
        var paths = new List<string>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        Collect(source, typeof(ReportData), mandatory: true, "", values, paths, required);
        if (paths.Count == 0)
        {
            return ([], new HashSet<string>(), required, false);
        }
        // The same set, the same filled texts and the same numbers (templates branch on them) print the same fields.
        var key = $"{set.Origin}\u0001{set.Fingerprint}\u0001{Signature(source)}";
        if (Cache.TryGetValue(key, out var cached))
        {
            return (paths, cached, required, true);
        }
        string text;
        try
        {
            // The model is bound from the source with a marker in place of each filled text, and the texts are put back
            // at once: the model holds its own strings, so no copy of the tree is needed.
            ReportData marked;
            var written = values.Select(v => v.Value).ToList();
            try
            {
                for (var i = 0; i < values.Count; i++)
                {
                    values[i].Value = Marker(i);
                }
                marked = ModelReader.Read<ReportData>(source);
            }
            finally
            {
                for (var i = 0; i < values.Count; i++)
                {
                    values[i].Value = written[i];
                }
            }
            // The file name counts as printed: the unit's name may appear only there.
            text = new ReportGenerator(set).PrintedText(marked);
        }
        catch (Exception e) when (e is PerfEvalException or Newtonsoft.Json.JsonException)
        {
            // The set fails on this data; generate reports why, so there is nothing to say about printing here.
            return null;
        }
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in MarkerPattern().Matches(text))
        {
            printed.Add(paths[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        }
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }
        Cache[key] = printed;
        return (paths, printed, required, true);
    }

    private static string Marker(int index) => $"QXZ{index}ZXQ";

    [GeneratedRegex(@"QXZ(\d+)ZXQ")]
    private static partial Regex MarkerPattern();

    // Filled optional free text only: dates are read as dates, choices steer scoring, and $schema and templateSet are not content.
    // mandatory: the object must always be there (the root, unit), so its required texts cannot be left out.
    // required: texts their object cannot be without (a group's category); named only when their whole object goes unprinted.
    // Paths are built on the way down (model names are plain identifiers, so "a.b[0].c" is what JToken.Path would give):
    // asking each value for its Path walks up the tree again every time.
    private static void Collect(JToken token, Type type, bool mandatory, string path, List<JValue> values, List<string> paths, HashSet<string> required)
    {
        if (token is not JObject obj)
        {
            return;
        }
        var fields = ModelShape.Of(type);
        foreach (var property in obj.Properties())
        {
            if (!fields.TryGetValue(property.Name, out var field) || property.Name is "$schema" or "templateSet")
            {
                continue;
            }
            var here = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            switch (field.Kind)
            {
                case FieldKind.String when IsFreeText(field.Field) && !(mandatory && field.Field.Required) && property.Value is JValue { Type: JTokenType.String } value && !string.IsNullOrWhiteSpace((string?)value):
                    values.Add(value);
                    paths.Add(here);
                    if (field.Field.Required)
                    {
                        required.Add(here);
                    }
                    break;
                case FieldKind.Object:
                    Collect(property.Value, field.Property.PropertyType, mandatory && field.Field.Required, here, values, paths, required);
                    break;
                case FieldKind.Array when property.Value is JArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        var item = array[i];
                        var at = $"{here}[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
                        if (field.ItemKind == FieldKind.Object)
                        {
                            Collect(item, field.ItemType!, mandatory: false, at, values, paths, required);
                        }
                        else if (field.ItemKind == FieldKind.String && IsFreeText(field.Field) && item is JValue { Type: JTokenType.String } text && !string.IsNullOrWhiteSpace((string?)text))
                        {
                            values.Add(text);
                            paths.Add(at);
                        }
                    }
                    break;
            }
        }
    }

    // A text that must always be filled (unit.name) is the set's concern, not the writer's: nobody can leave it out to silence a warning.
    private static bool IsFreeText(FieldAttribute field) => field.Format == FieldFormat.Text && field.Choices is null;

    // Which texts are filled, and the sign of every number (templates branch on blank, zero and sign): the answer depends
    // on little else. Written in one walk down the tree; a name is written with its length, so no two trees share a signature.
    private static string Signature(JObject tree)
    {
        var builder = new StringBuilder(4096);
        Sign(tree, builder);
        return builder.ToString();
    }

    private static void Sign(JToken token, StringBuilder builder)
    {
        switch (token)
        {
            case JObject obj:
                builder.Append('{');
                foreach (var property in obj.Properties())
                {
                    builder.Append(property.Name.Length).Append(':').Append(property.Name);
                    Sign(property.Value, builder);
                }
                builder.Append('}');
                break;
            case JArray array:
                builder.Append('[');
                foreach (var item in array)
                {
                    Sign(item, builder);
                }
                builder.Append(']');
                break;
            case JValue value:
                var shown = value.Type switch
                {
                    JTokenType.String => string.IsNullOrWhiteSpace((string?)value) ? "" : "t",
                    JTokenType.Integer or JTokenType.Float => Math.Sign(value.Value<decimal>()) switch { < 0 => "-", 0 => "0", _ => "+" },
                    _ => value.ToString(),
                };
                builder.Append('=').Append(shown.Length).Append(':').Append(shown).Append(';');
                break;
        }
    }
}
