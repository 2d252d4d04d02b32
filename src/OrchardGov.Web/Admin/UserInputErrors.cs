using Microsoft.AspNetCore.Mvc.ModelBinding;
using OrchardGov.ContentManagement;
using OrchardGov.Recipes.Models;

namespace OrchardGov.Web.Admin;

/// <summary>Runs a change asked for on an admin page; a refusal (bad input, a recipe that cannot run) becomes the page's error message.</summary>
public static class UserInputErrors
{
    public static async Task<bool> TryAsync(ModelStateDictionary modelState, Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (Exception error) when (error is UserInputException or RecipeException)
        {
            modelState.AddModelError("", error.Message);
            return false;
        }
    }
}
