using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>Caches one EF Core model per set of index tables, so the core-only model used to migrate is kept apart.</summary>
internal sealed class StoreModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is StoreDbContext store
            ? (context.GetType(), store.StoreModel.Key, designTime)
            : (object)(context.GetType(), designTime);
}
