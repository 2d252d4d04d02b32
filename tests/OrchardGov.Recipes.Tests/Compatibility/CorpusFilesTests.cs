using System.Text.RegularExpressions;

namespace OrchardGov.Recipes.Tests.Compatibility;

public sealed partial class CorpusFilesTests
{
    [Fact]
    public void The_corpus_holds_all_19_recipes()
    {
        Assert.Equal(19, CorpusFiles.Names.Count);
    }

    [Fact]
    public void Every_recipe_in_the_corpus_is_listed_in_its_sources_and_every_listed_recipe_is_there()
    {
        var listed = File.ReadLines(Path.Combine(CorpusFiles.Folder, "SOURCES.md"))
            .Select(line => SourcesRow().Match(line)).Where(row => row.Success).Select(row => row.Groups["file"].Value);

        Assert.Equal(listed.Order(StringComparer.Ordinal), CorpusFiles.Names);
    }

    [GeneratedRegex(@"^\|\s*`(?<file>[^`]+\.recipe\.json)`\s*\|")]
    private static partial Regex SourcesRow();
}
