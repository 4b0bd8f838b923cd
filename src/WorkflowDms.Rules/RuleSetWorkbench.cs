using System.Collections.Concurrent;
using System.Text.Json;
using WorkflowDms.Rules.Compilation;
using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules;

/// <summary>
/// The designer's tools over the catalog: validate a draft, check one expression as it is typed, run facts through a
/// draft or the live version, list the shipped samples, and publish a version into the catalog. Drafts are compiled
/// here, on the designer's requests; evaluations only ever use what <see cref="RuleSetCatalog"/> holds.
/// </summary>
/// <param name="catalog">The live rule sets.</param>
/// <param name="rulesDirectory">The shipped rule sets' folder (<c>rules/</c>), with the sample cases in <c>samples/&lt;rule-set&gt;/</c>; null for none.</param>
public sealed partial class RuleSetWorkbench(RuleSetCatalog catalog, string? rulesDirectory)
{
    /// <summary>Distinct expressions remembered per rule-set version before the cache starts over.</summary>
    private const int MaxCachedExpressions = 4_096;

    private readonly RuleSetCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    private readonly ConcurrentDictionary<(string Sha, string Expression), ExpressionCheckResult> _expressions = new();

    /// <summary>The live catalog.</summary>
    public RuleSetCatalog Catalog => _catalog;

    /// <summary>
    /// Checks one rule expression against the declared inputs (and GlobalParams) of the rule set's live version.
    /// Answers from a cache keyed by the version's content and the text, so typing back and forth costs nothing.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    public ExpressionCheckResult CheckExpression(string ruleSetName, string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var live = _catalog.Get(ruleSetName);
        if (string.IsNullOrWhiteSpace(expression))
        {
            return new ExpressionCheckResult(false, "the expression is empty");
        }

        var key = (live.Sha256, expression);
        if (_expressions.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_expressions.Count >= MaxCachedExpressions)
        {
            _expressions.Clear();
        }

        var message = LargeStack.Run(() => ExpressionChecker.CheckOne(live.Definition, expression));
        return _expressions.GetOrAdd(key, new ExpressionCheckResult(message is null, message));
    }

    /// <summary>
    /// Runs <paramref name="facts"/> through <paramref name="json"/> (a draft or a stored version), or through the live
    /// version when <paramref name="json"/> is null, and reports every rule.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded (live run).</exception>
    /// <exception cref="RuleSetLoadException">The JSON does not compile.</exception>
    /// <exception cref="RuleSetFactsException">The facts do not fit the declared inputs.</exception>
    public RuleSetTestResult Test(string ruleSetName, string? json, int version, JsonElement facts)
    {
        CompiledRuleSet compiled;
        if (json is null)
        {
            compiled = _catalog.Get(ruleSetName);
        }
        else
        {
            var compilation = Compile(ruleSetName, json);
            compiled = compilation.Compiled?.WithVersion(version)
                ?? throw new RuleSetLoadException(ruleSetName + ".json", compilation.Problems);
        }

        var input = FactsReader.Read(facts, compiled.Definition.Inputs);
        DetailedRuleEvaluation result;
        try
        {
            result = compiled.Execute(input);
        }
        catch (ArgumentException ex)
        {
            throw new RuleSetFactsException("facts", ex.Message);
        }

        var fired = result.Evaluation.FiredRules.Select(r => r.RuleName).ToHashSet(StringComparer.Ordinal);
        var errors = result.Errors.ToDictionary(e => e.RuleName, e => e.Message, StringComparer.Ordinal);
        var rows = compiled.Definition.Rules
            .Select(r => new RuleTestRow(r, fired.Contains(r.Name), errors.GetValueOrDefault(r.Name)))
            .ToList();
        var reasonCodes = result.Evaluation.FiredRules.Select(r => r.ReasonCode).Distinct(StringComparer.Ordinal).ToList();
        return new RuleSetTestResult(compiled.Name, compiled.Version, rows, result.Evaluation.Decision, reasonCodes);
    }

    /// <summary>The shipped rule-set files (<c>*.json</c> directly in the rules folder): name (the file name) and text, in name order.</summary>
    public IReadOnlyList<(string Name, string Json)> ReadShipped() =>
        rulesDirectory is null || !Directory.Exists(rulesDirectory)
            ? []
            : Directory.GetFiles(rulesDirectory, "*.json", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
                .ToList();

    /// <summary>The sample cases shipped for a rule set, in name order; empty when there are none.</summary>
    /// <exception cref="InvalidDataException">A sample file is not a JSON object with an <c>input</c> object.</exception>
    public IReadOnlyList<RuleSetSampleFacts> Samples(string ruleSetName)
    {
        ArgumentNullException.ThrowIfNull(ruleSetName);

        // The name comes from a URL: only a kebab-case name may become part of a path.
        if (rulesDirectory is null || !RuleSetConventions.KebabCase().IsMatch(ruleSetName))
        {
            return [];
        }

        var folder = Path.Combine(rulesDirectory, "samples", ruleSetName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(ReadSample)
            .ToList();
    }

    private static RuleSetSampleFacts ReadSample(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"Sample '{Path.GetFileName(path)}' has no 'input' object.");
            }

            var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            return new RuleSetSampleFacts(Path.GetFileNameWithoutExtension(path), description, input.GetRawText());
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Sample '{Path.GetFileName(path)}' is not valid JSON: {ex.Message}", ex);
        }
    }
}
