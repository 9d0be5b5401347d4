using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

/// <summary>Order-based classes by year and specialty: <c>?year=Y</c> are the classes whose places make <c>orderPlaces</c>.</summary>
internal sealed record ListOrderClassesQuery(int? Year, string? SpecialtyCode, int Page, int PageSize) : IQuery<PagedResult<OrderClassResponse>>;
