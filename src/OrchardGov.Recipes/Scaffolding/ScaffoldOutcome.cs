using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Recipes.Scaffolding;

/// <summary>What scaffolding did to one site: whether it created the site and whether it ran the recipe.</summary>
public sealed record ScaffoldOutcome(Site Site, bool Created, bool Ran)
{
    public bool Changed => Created || Ran;
}
