//! The `foorumi` binary: parses the command line and hands over to the library.

fn main() {
    let args = foorumi::cli::subcommand_first(std::env::args_os().collect());
    // Help, the version and usage errors are printed in the user's language by `parse`.
    let code = match foorumi::cli::parse(args) {
        Ok(cli) => foorumi::cli::run(cli),
        Err(code) => code,
    };
    std::process::exit(code);
}
