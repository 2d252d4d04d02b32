using Microsoft.AspNetCore.Http;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Media;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Disclosure.Admin;

/// <summary>
/// An article form's new attachments: every file is checked before any is stored, so a refused file leaves
/// nothing behind; stored files are removed again when the article then cannot be saved.
/// </summary>
public sealed class AttachmentUploads(MediaUploads uploads, UploadPolicy policy, SiteMedia media)
{
    /// <exception cref="UserInputException">The first refused file, with the reason; nothing has been stored.</exception>
    public async Task CheckAllAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var verdict = await UploadCheck.CheckAsync(file.FileName, content, policy, cancellationToken);
            if (!verdict.Accepted)
            {
                throw new UserInputException(verdict.Problem!);
            }
        }
    }

    /// <summary>Stores the files (already checked) and gives their media paths.</summary>
    public async Task<IReadOnlyList<string>> StoreAsync(Site site, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        try
        {
            foreach (var file in files)
            {
                await using var content = file.OpenReadStream();
                paths.Add(await uploads.SaveAsync(site, file.FileName, content, cancellationToken));
            }
        }
        catch
        {
            Remove(site, paths);
            throw;
        }

        return paths;
    }

    public void Remove(Site site, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            media.Find(site, path)?.Delete();
        }
    }
}
