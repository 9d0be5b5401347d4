using EduRelief.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.Shared;

internal static class Paging
{
    /// <summary>One page of an ordered query, each row shaped by <paramref name="shape"/>, with the total.</summary>
    public static async Task<PagedResult<TResponse>> PageAsync<T, TResponse>(this IQueryable<T> ordered, int page, int pageSize, Func<T, TResponse> shape, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var rows = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<TResponse> { Items = rows.Select(shape).ToList(), Page = page, PageSize = pageSize, Total = total };
    }
}
