using CsCheck;

namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>
/// Mutation-based generation in CsCheck: take a seed text and apply one to four edits (delete, insert a hostile
/// snippet, insert a random character, duplicate a range, splice from another seed, truncate). Positions are
/// fractions of the text's length so one generator serves seeds of any size.
/// </summary>
internal static class TextMutations
{
    /// <summary>Texts grow no larger than this, so duplication cannot run away.</summary>
    private const int MaxLength = 1_000_000;

    private const int Scale = 1_000_000;

    public static Gen<string> Mutate(IReadOnlyList<string> seeds, IReadOnlyList<string> snippets) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Edit(seeds, snippets).Array[1, 4], (seed, edits) => edits.Aggregate(seeds[seed], (text, edit) => edit(text)));

    private static Gen<Func<string, string>> Edit(IReadOnlyList<string> seeds, IReadOnlyList<string> snippets) => Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, Scale], Gen.Int[1, 64], (at, length) => (Func<string, string>)(t => Delete(t, at, length)))),
        (5, Gen.Select(Gen.Int[0, Scale], Gen.Int[0, snippets.Count - 1], (at, s) => (Func<string, string>)(t => Insert(t, at, snippets[s])))),
        (2, Gen.Select(Gen.Int[0, Scale], Gen.Char, (at, c) => (Func<string, string>)(t => Insert(t, at, c.ToString())))),
        (1, Gen.Select(Gen.Int[0, Scale], Gen.Int[1, 2_000], Gen.Int[1, 20], (at, length, times) => (Func<string, string>)(t => Duplicate(t, at, length, times)))),
        (1, Gen.Select(Gen.Int[0, Scale], Gen.Int[0, seeds.Count - 1], Gen.Int[0, Scale], Gen.Int[1, 4_000], (at, other, from, length) =>
            (Func<string, string>)(t => Insert(t, at, Slice(seeds[other], from, length))))),
        (1, Gen.Int[0, Scale].Select(at => (Func<string, string>)(t => t[..Position(t, at)]))));

    private static int Position(string text, int at) => (int)((long)at * text.Length / (Scale + 1));

    private static string Delete(string text, int at, int length)
    {
        var start = Position(text, at);
        return text.Remove(start, Math.Min(length, text.Length - start));
    }

    private static string Insert(string text, int at, string snippet) =>
        text.Length + snippet.Length > MaxLength ? text : text.Insert(Position(text, at), snippet);

    private static string Duplicate(string text, int at, int length, int times)
    {
        var part = Slice(text, at, length);
        return Insert(text, at, string.Concat(Enumerable.Repeat(part, times)));
    }

    private static string Slice(string text, int at, int length)
    {
        var start = Position(text, at);
        return text.Substring(start, Math.Min(length, text.Length - start));
    }
}
