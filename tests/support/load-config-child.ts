/**
 * Child process for the settings-file test: loads each config file named in argv with the
 * real loadConfigFile and prints the results as a JSON array. A child, because the read is
 * synchronous: a read that blocks is seen from outside, by a timeout, instead of freezing the
 * test runner.
 */
import { loadConfigFile } from '../../main/services/settings/settings-file';

process.stdout.write(JSON.stringify(process.argv.slice(2).map((file) => loadConfigFile(file))));
