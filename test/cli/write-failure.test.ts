import path from 'node:path';
import { writeFailure } from '../../src/cli/write-failure';

const systemError = (code: string, file: string) => Object.assign(new Error(`${code}: something, write '${file}'`), { code });

describe('why an output file could not be written, in the user’s language', () => {
  const file = path.join('/srv', '评分', 'out.xlsx');
  const folder = path.join('/srv', '评分');

  it.each([
    ['ENOENT', `文件夹 ${folder} 不存在，请先建立该文件夹，或换一个输出位置`, `the folder ${folder} does not exist; create it first, or write somewhere else`],
    ['EACCES', `没有在文件夹 ${folder} 中写入文件的权限，请换一个输出位置`, `no permission to write files in the folder ${folder}; write somewhere else`],
    ['EROFS', `文件夹 ${folder} 所在的磁盘是只读的，请换一个输出位置`, `the folder ${folder} is on a read-only disk; write somewhere else`],
    ['EISDIR', `文件夹 ${folder} 中已有同名的文件夹，请换一个文件名`, `a folder of that name is already in ${folder}; choose another file name`],
    ['ENOSPC', `文件夹 ${folder} 所在的磁盘空间不足`, `the disk of the folder ${folder} is full`],
  ])('%s names the folder', (code, zh, en) => {
    expect(writeFailure(systemError(code, file), file)).toEqual({ 'zh-CN': zh, 'en-US': en });
  });

  it('says where a bare file name would have gone: the current folder', () => {
    expect(writeFailure(systemError('EACCES', 'out.xlsx'), 'out.xlsx')['zh-CN']).toContain(`文件夹 ${process.cwd()} 中`);
  });

  it('keeps the system’s message for a reason it does not know', () => {
    expect(writeFailure(systemError('EIO', file), file)).toEqual({ 'zh-CN': `EIO: something, write '${file}'`, 'en-US': `EIO: something, write '${file}'` });
    expect(writeFailure('odd', file)).toEqual({ 'zh-CN': 'odd', 'en-US': 'odd' });
  });
});
