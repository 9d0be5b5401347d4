using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.BuildingBlocks.Http;

/// <summary><c>?page=&amp;pageSize=</c> of every list endpoint (bind with <c>[AsParameters]</c>).</summary>
public sealed record PageParameters(int? Page, int? PageSize)
{
    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? PageRequest.DefaultPageSize;

    public void Validate(ValidationErrors errors) => PageRequest.Validate(PageOrDefault, PageSizeOrDefault, errors);
}
