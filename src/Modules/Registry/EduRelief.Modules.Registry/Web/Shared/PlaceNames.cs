using EduRelief.Contracts.Registry;
using EduRelief.Web.Requests;

namespace EduRelief.Modules.Registry.Web.Shared;

/// <summary>Townships and schools by code, read once per page through the registry's own queries, for names and pickers.</summary>
internal sealed class PlaceNames(IReadOnlyList<TownshipDto> townships, IReadOnlyList<SchoolDto> schools)
{
    public static readonly PlaceNames None = new([], []);

    public IReadOnlyList<TownshipDto> Townships { get; } = townships;

    public IReadOnlyList<SchoolDto> Schools { get; } = schools;

    public static async Task<PlaceNames> LoadAsync(PageSender sender)
    {
        var townships = await sender.SendAsync(new ListTownshipsQuery());
        var schools = await sender.SendAsync(new ListSchoolsQuery());
        return new PlaceNames(townships.Value ?? [], schools.Value ?? []);
    }

    public string School(string code) => Schools.FirstOrDefault(s => s.Code == code) is { } school ? $"{school.Name}（{code}）" : code;

    public string Township(string code) => Townships.FirstOrDefault(t => t.Code == code) is { } township ? township.Name : code;
}
