using RulesEngine.Models;

namespace WorkflowDms.Rules.Compilation;

/// <summary>Admission of input shapes other than the declared one (compiled on first use).</summary>
internal sealed partial class CompiledRuleSet
{
    /// <summary>
    /// RulesEngine keys its compiled-rules cache by parameter name and the type's SHORT name, so two types with the
    /// same short name would share compiled rules and fail with invalid casts; and its cache evicts the oldest entry
    /// (the warmed one) when full. Both are prevented here, before RulesEngine compiles anything.
    /// </summary>
    private void AdmitOtherShape(RuleParameter[] parameters)
    {
        var types = Array.ConvertAll(parameters, p => p.Type);
        if (types.Select(t => t.Name).SequenceEqual(_inputTypes.Select(t => t.Name)))
        {
            throw new ArgumentException(
                $"Rule set '{Name}': input types {Describe(types)} differ from the declared {Describe(_inputTypes)} "
                + "but have the same short names, which RulesEngine cannot tell apart.");
        }

        var key = string.Join("-", parameters.Select(p => p.Name + "_" + p.Type.Name));
        if (!_otherShapes.TryGetValue(key, out var known))
        {
            if (_otherShapes.Count >= MaxOtherShapes)
            {
                throw new InvalidOperationException(
                    $"Rule set '{Name}' has been evaluated with {MaxOtherShapes} different input shapes; refusing to "
                    + $"compile another ({Describe(types)}). Pass the declared input types.");
            }

            known = _otherShapes.GetOrAdd(key, types);
        }

        if (!known.SequenceEqual(types))
        {
            throw new ArgumentException(
                $"Rule set '{Name}': input types {Describe(types)} have the same short names as {Describe(known)}, "
                + "which RulesEngine cannot tell apart.");
        }
    }

    private string Describe(Type[] types) =>
        "(" + string.Join(", ", _inputNames.Select((name, i) => $"{name}: {types[i].FullName}")) + ")";
}
