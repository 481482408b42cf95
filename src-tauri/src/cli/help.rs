//! `--help` in the command line's language. Every subcommand's and option's text is a Fluent
//! message in cli.ftl, set on clap's command tree before it parses: `cli-help-<path>` for a
//! subcommand (`cli-help-log-feedback`), `cli-help-<path>--<option>` for its options
//! (`cli-help-log-feedback--giver-name`), `cli-help-arg-<option>` for an option many share
//! (`--date`, `--json`). The Rust doc comments are not the help: these messages are.

use clap::{Arg, ArgAction, Command};

use super::say;

/// `command` (the derived tree) with every text of its help in the chosen language.
pub fn localised(command: Command) -> Command {
    let version = say::text("cli-help-arg-version", &[]);
    walk(command, "").disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(version)
            .help_heading(say::text("cli-help-heading-options", &[])),
    )
}

/// The message id of a subcommand's about (`path` empty: the program itself).
pub fn about_id(path: &str) -> String {
    if path.is_empty() {
        "cli-help".to_owned()
    } else {
        format!("cli-help-{path}")
    }
}

/// The message ids an option's help may come from, most specific first.
pub fn option_ids(path: &str, option: &str) -> [String; 2] {
    let option = option.replace('_', "-");
    let own = if path.is_empty() {
        format!("cli-help--{option}")
    } else {
        format!("cli-help-{path}--{option}")
    };
    [own, format!("cli-help-arg-{option}")]
}

fn option_help(path: &str, option: &str) -> String {
    let ids = option_ids(path, option);
    let id = ids
        .iter()
        .find(|id| skills_i18n::has(say::lang(), id))
        .unwrap_or(&ids[0]);
    say::text(id, &[])
}

fn walk(command: Command, path: &str) -> Command {
    let options = say::text("cli-help-heading-options", &[]);
    let arguments = say::text("cli-help-heading-arguments", &[]);
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        say::text("cli-help-heading-usage", &[])
    );
    let mut command = command
        .about(say::text(&about_id(path), &[]))
        .help_template(template)
        .subcommand_help_heading(say::text("cli-help-heading-commands", &[]))
        .subcommand_value_name(say::text("cli-help-value-command", &[]))
        .disable_help_subcommand(true)
        .disable_help_flag(true);
    let global = say::text("cli-help-heading-global", &[]);
    let own: Vec<(String, &String, bool)> = command
        .get_arguments()
        .map(|arg| {
            let heading = if arg.is_positional() {
                &arguments
            } else if arg.is_global_set() {
                &global
            } else {
                &options
            };
            let has_default = !arg.get_default_values().is_empty();
            (arg.get_id().to_string(), heading, has_default)
        })
        .collect();
    for (id, heading, has_default) in own {
        let help = option_help(path, &id);
        // clap's "[default: …]" is English: a default is named in the message instead.
        command = command.mut_arg(&id, |arg| {
            arg.help(help)
                .help_heading(heading.clone())
                .hide_default_value(has_default)
        });
    }
    command = command.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(say::text("cli-help-arg-help", &[]))
            .help_heading(options),
    );
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in subcommands {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |sub| walk(sub, &sub_path));
    }
    command
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::CommandFactory;
    use skills_catalogue::Lang;

    use super::*;

    /// Every message id the help reads, for each subcommand and option of the derived tree.
    fn used(command: &Command, path: &str, lang: Lang, out: &mut BTreeSet<String>) {
        out.insert(about_id(path));
        for arg in command.get_arguments() {
            let ids = option_ids(path, arg.get_id().as_str());
            let found = ids.iter().find(|id| skills_i18n::has(lang, id));
            let found = found.unwrap_or_else(|| panic!("no help for {ids:?} in {lang:?}"));
            out.insert(found.clone());
        }
        for sub in command.get_subcommands() {
            let sub_path = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            used(sub, &sub_path, lang, out);
        }
    }

    #[test]
    fn every_subcommand_and_option_has_help_in_both_languages_and_no_help_is_unused() {
        for (lang, file) in [
            (
                Lang::Nl,
                include_str!("../../../crates/i18n/locales/nl/cli.ftl"),
            ),
            (
                Lang::En,
                include_str!("../../../crates/i18n/locales/en/cli.ftl"),
            ),
        ] {
            let mut ids = BTreeSet::new();
            used(&crate::cli::Cli::command(), "", lang, &mut ids);
            for id in &ids {
                assert!(skills_i18n::has(lang, id), "{id} in {lang:?}");
            }
            let fixed = [
                "cli-help-arg-help",
                "cli-help-arg-version",
                "cli-help-heading-usage",
                "cli-help-heading-commands",
                "cli-help-heading-arguments",
                "cli-help-heading-options",
                "cli-help-heading-global",
                "cli-help-value-command",
            ];
            ids.extend(fixed.map(str::to_owned));
            let defined: BTreeSet<String> = file
                .lines()
                .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
                .filter(|id| id.starts_with("cli-help"))
                .map(str::to_owned)
                .collect();
            let unused: Vec<&String> = defined.difference(&ids).collect();
            assert!(unused.is_empty(), "help messages nothing reads: {unused:?}");
        }
    }

    #[test]
    fn the_help_is_worded_in_the_chosen_language() {
        let mut command = localised(crate::cli::Cli::command());
        let help = command.render_long_help().to_string();
        let lang = say::lang();
        assert!(
            help.contains(say::text("cli-help--data-dir", &[]).as_str()),
            "{help}"
        );
        assert!(help.contains(&format!("{}:", say::text("cli-help-heading-usage", &[]))));
        let log = command
            .find_subcommand_mut("log")
            .and_then(|log| log.find_subcommand_mut("feedback"))
            .map(|feedback| feedback.render_long_help().to_string())
            .unwrap_or_default();
        let giver_name = skills_i18n::text(lang, "cli-help-log-feedback--giver-name");
        assert!(log.contains(giver_name), "{log}");
        assert!(
            log.contains(skills_i18n::text(lang, "cli-help-arg-date")),
            "{log}"
        );
    }
}
