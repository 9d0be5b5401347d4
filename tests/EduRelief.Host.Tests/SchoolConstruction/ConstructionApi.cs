namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>Routes and request bodies the SchoolConstruction tests share.</summary>
internal static class ConstructionApi
{
    public const string Root = "/api/school-construction";
    public const string Buildings = Root + "/buildings";
    public const string Projects = Root + "/projects";
    public const string Figures = Root + "/figures";
    public const string Facilities = Root + "/facilities";

    public static string Appraisals(string buildingId) => $"{Buildings}/{buildingId}/appraisals";

    public static string Project(string code) => $"{Projects}/{code}";

    public static string Equipment(string schoolCode) => $"{Root}/schools/{schoolCode}/equipment";
}
