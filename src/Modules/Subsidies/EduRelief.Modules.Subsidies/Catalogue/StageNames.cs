using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Subsidies.Catalogue;

/// <summary>学段 — the stages of schooling as the county names them.</summary>
internal static class StageNames
{
    public static string Chinese(Stage stage) => stage switch
    {
        Stage.Preschool => "学前",
        Stage.Primary => "小学",
        Stage.JuniorSecondary => "初中",
        Stage.SeniorSecondary => "普通高中",
        Stage.SecondaryVocational => "中职",
        Stage.Special => "特殊教育",
        _ => stage.ToString(),
    };
}
