using System.Security.Cryptography;
using System.Text;
using WorkflowDms.Rules.Compilation;

namespace WorkflowDms.Rules.Loading;

/// <summary>Reads and compiles one rule-set file; shared by the catalog (which throws) and the validator (which reports).</summary>
internal static class RuleSetLoader
{
    public static (RuleSetDefinition? Definition, CompiledRuleSet? Compiled) LoadFile(
        string path, IFactTypeResolver factTypes, List<RuleSetProblem> problems)
    {
        var json = ReadFile(path, problems);
        return json is null ? (null, null) : Load(Path.GetFileName(path), json, factTypes, problems);
    }

    public static (RuleSetDefinition? Definition, CompiledRuleSet? Compiled) Load(
        string fileName, string json, IFactTypeResolver factTypes, List<RuleSetProblem> problems)
    {
        if (json.Length > RuleSetLimits.MaxFileBytes)
        {
            problems.Add(new(null, $"the file is larger than {RuleSetLimits.MaxFileBytes} bytes"));
            return (null, null);
        }

        return LargeStack.Run(() =>
        {
            var definition = RuleSetReader.Read(fileName, json, factTypes, problems);
            return definition is null ? (null, null) : (definition, RuleSetCompiler.Compile(definition, HashOf(json), problems));
        });
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: the identity of a rule-set version's content.</summary>
    public static string HashOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private static string? ReadFile(string path, List<RuleSetProblem> problems)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(new(null, "the file does not exist"));
                return null;
            }

            if (info.Length > RuleSetLimits.MaxFileBytes)
            {
                problems.Add(new(null, $"the file is {info.Length} bytes; at most {RuleSetLimits.MaxFileBytes} are read"));
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new(null, $"the file cannot be read: {ex.Message}"));
            return null;
        }
    }
}
